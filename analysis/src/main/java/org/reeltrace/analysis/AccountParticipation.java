package org.reeltrace.analysis;

import java.util.Objects;
import org.reeltrace.core.ChannelKey;

/**
 * An account's part in the coordination network.
 *
 * @param channel            the account
 * @param handle             its handle
 * @param coordinatedShares  its posts that were co-shared within the interval with a linked account
 * @param degree             how many accounts it is linked to
 * @param component          the index of its connected component in {@link CoordinationNetwork#components()}
 */
public record AccountParticipation(ChannelKey channel, String handle, int coordinatedShares, int degree, int component) {
  public AccountParticipation {
    Objects.requireNonNull(channel, "channel");
  }
}
