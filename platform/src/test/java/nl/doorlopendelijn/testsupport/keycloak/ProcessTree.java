package nl.doorlopendelijn.testsupport.keycloak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Stops a process and everything it started (kc.sh runs Keycloak's JVM as a child). */
final class ProcessTree {

    private ProcessTree() {
    }

    /** SIGTERM to the whole tree, then SIGKILL to whatever still runs after the grace period. */
    static void destroy(ProcessHandle root, Duration grace) {
        var tree = new ArrayList<ProcessHandle>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroy);
        var deadline = System.nanoTime() + grace.toNanos();
        while (anyAlive(tree) && System.nanoTime() < deadline) {
            KeycloakLauncher.sleep(100);
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        // descendants started during shutdown are unlikely, but a last sweep costs nothing
        root.descendants().forEach(ProcessHandle::destroyForcibly);
    }

    static boolean anyAlive(List<ProcessHandle> processes) {
        return processes.stream().anyMatch(ProcessHandle::isAlive);
    }
}
