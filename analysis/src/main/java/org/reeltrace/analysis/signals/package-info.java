/**
 * Text tells about where a post or channel comes from: {@link org.reeltrace.analysis.signals.TerminologyDetector}
 * (which community's words a text uses, from the versioned lexicon {@code lexicon-v1.tsv}) and
 * {@link org.reeltrace.analysis.signals.SelfDisclosureDetector} (the creator says they are a visitor,
 * foreigner, tourist or unaffiliated, from {@code disclosure-v1.tsv}). Both return
 * {@link org.reeltrace.core.Signal}s; everything else in the package is package-private.
 */
package org.reeltrace.analysis.signals;
