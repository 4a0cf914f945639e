/**
 * The milestone planner and the dossier signals: pure domain rules (no Spring, no I/O, no clock). Exposed as the
 * named interface {@code planning}, because the ports of this module ({@code AfspraakNormen}) speak its types
 * ({@code Normen}, {@code Scenario}, {@code ContactpersoonStatus}) and the web pages' signal filter reads
 * {@code SignaalType} (the module table of docs/architecture.md names it, checked by {@code ModularityTest}).
 */
@org.springframework.modulith.NamedInterface("planning")
package nl.doorlopendelijn.dossiers.planning;
