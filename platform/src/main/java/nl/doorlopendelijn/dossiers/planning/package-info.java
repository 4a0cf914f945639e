/**
 * The milestone planner and the dossier signals: pure domain rules (no Spring, no I/O, no clock). Exposed as the
 * named interface {@code planning}, because the ports of this module ({@code AfspraakNormen}) and the dashboard
 * speak its types ({@code Normen}, {@code ContactpersoonStatus}) and the web pages' signal filter reads
 * {@code SignaalType} (the module table of docs/architecture.md names it, checked by {@code ModularityTest}). The
 * scenario is the shared kernel's ({@code kernel.Scenario}).
 */
@org.springframework.modulith.NamedInterface("planning")
package nl.doorlopendelijn.dossiers.planning;
