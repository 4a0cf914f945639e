/**
 * The shared kernel: small value types and helpers that every module may use and that depend on nothing
 * (ids, the scenario codes, the platform's zone, the keyring that encrypts at rest). No Spring, no I/O: the JDK only.
 */
package nl.doorlopendelijn.kernel;
