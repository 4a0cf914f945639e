/**
 * The shared kernel: small value types and helpers that every module may use and that depend on nothing
 * (ids, the scenario codes, the platform's zone). No Spring, no I/O.
 */
package nl.doorlopendelijn.kernel;
