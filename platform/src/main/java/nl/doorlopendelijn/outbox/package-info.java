/**
 * Events between modules through an outbox: written in the transaction of the change, delivered after commit,
 * at least once, retried with backoff, failures visible ({@code GET /api/v1/beheer/uitgaande-gebeurtenissen},
 * log lines). See docs/adr/0005-outbox.md.
 */
package nl.doorlopendelijn.outbox;
