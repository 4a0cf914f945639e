/**
 * Pure rules about users of a region (no Spring, no I/O): {@link Toekenningsregels}, guarded by
 * {@code DomeinregelsZijnZuiverTest}.
 */
package nl.doorlopendelijn.gebruikers.regels;
