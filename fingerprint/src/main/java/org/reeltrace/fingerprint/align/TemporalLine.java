package org.reeltrace.fingerprint.align;

/** A line {@code t_ref = speed * t_query + offset} relating query time to reference time. */
record TemporalLine(double speed, double offset) {
  double referenceTime(double queryTime) {
    return speed * queryTime + offset;
  }
}
