package nl.doorlopendelijn.demo;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the demo ({@link DemoProces}) as soon as a run that holds {@link DemoE2eIT} begins, when
 * {@value #AAN} is set (failsafe sets it; surefire runs no {@code *E2eIT}): its minute of start-up then overlaps the
 * other end-to-end tests. Registered in {@code META-INF/services}.
 */
public class DemoVooraf implements TestExecutionListener {

  static final String AAN = "doorlopendelijn.demo.vooraf";

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    if (Boolean.getBoolean(AAN) && bevatDeDemotest(plan)) {
      DemoProces.gestart();
    }
  }

  private static boolean bevatDeDemotest(TestPlan plan) {
    return plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
        .anyMatch(t -> t.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
            .map(s -> s.getClassName().equals(DemoE2eIT.class.getName())).orElse(false));
  }
}
