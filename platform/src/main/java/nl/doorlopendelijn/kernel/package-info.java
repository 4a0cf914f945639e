/**
 * The shared kernel: small value types and helpers that every module may use and that depend on nothing
 * (ids, ...). No Spring, no I/O.
 */
package nl.doorlopendelijn.kernel;
