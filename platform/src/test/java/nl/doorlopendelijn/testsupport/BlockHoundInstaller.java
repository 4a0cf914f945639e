package nl.doorlopendelijn.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import reactor.blockhound.BlockHound;

/**
 * Installs BlockHound once for the whole test run: any blocking call on a non-blocking (event-loop or parallel)
 * thread then fails the request or pipeline that made it, so the integration tests prove the platform is
 * non-blocking end to end.
 */
public class BlockHoundInstaller implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    BlockHound.builder()
        // Class loading and logging at first use read jars and files; neither is request work.
        .allowBlockingCallsInside("java.lang.ClassLoader", "loadClass")
        .allowBlockingCallsInside("java.util.jar.JarFile", "getInputStream")
        .install();
  }
}
