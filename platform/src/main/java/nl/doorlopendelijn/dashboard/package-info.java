/**
 * Joint dashboards: aggregates per region, gemeente and azc, kept current in memory and pushed live (SSE), with
 * small counts suppressed for whoever may not see the dossiers behind them. Its API for other modules: {@link
 * nl.doorlopendelijn.dashboard.DashboardFeiten} (the dossiers module reports each dossier's facts inside its own
 * write transaction) and {@link nl.doorlopendelijn.dashboard.DossierFeit}. It reads no other module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package nl.doorlopendelijn.dashboard;
