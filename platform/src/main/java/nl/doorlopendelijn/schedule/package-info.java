/**
 * The platform's schedules: {@link nl.doorlopendelijn.schedule.Daily}, the one way a job runs at a time of day. Reactor
 * only (the platform has no {@code @EnableScheduling}), so every schedule can be tested in virtual time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Schedules")
package nl.doorlopendelijn.schedule;
