package org.reeltrace.analysis.signals;

/** One analyzer token: its term text and where it sits in the analysed text (chars start..end). */
record Token(String term, int start, int end) {}
