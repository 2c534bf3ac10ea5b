package org.reeltrace.store;

import java.util.Objects;
import org.reeltrace.core.Signal;

/** A stored signal with its subject and the producer (stage and version) that found it. */
public record StoredSignal(SignalSubject subject, String producer, Signal signal) {
  public StoredSignal {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(producer, "producer");
    Objects.requireNonNull(signal, "signal");
  }
}
