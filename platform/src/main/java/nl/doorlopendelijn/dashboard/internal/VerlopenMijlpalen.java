package nl.doorlopendelijn.dashboard.internal;

/** How many open milestones of one type are past their due date, for one gemeente and azc. */
record VerlopenMijlpalen(String gemeente, String azc, String type, long aantal) {}
