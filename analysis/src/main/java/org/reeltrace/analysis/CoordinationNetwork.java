package org.reeltrace.analysis;

import java.util.List;
import org.reeltrace.core.ChannelKey;

/**
 * Accounts that repeatedly posted the same footage within a short interval of each other.
 *
 * @param intervalSeconds   the coordination interval used
 * @param estimated         true when the interval was estimated from the data
 * @param quantile          CooRnet's q used for the estimate
 * @param shareFraction     CooRnet's p used for the estimate
 * @param repetition        the least number of co-shared clusters for an edge
 * @param edges             the network's edges
 * @param components        connected components, each a list of accounts, largest first
 * @param accounts          every account in the network
 */
public record CoordinationNetwork(
    double intervalSeconds, boolean estimated, double quantile, double shareFraction, int repetition,
    List<CoordinationEdge> edges, List<List<ChannelKey>> components, List<AccountParticipation> accounts) {
  public CoordinationNetwork {
    if (!(intervalSeconds >= 0)) {
      throw new IllegalArgumentException("intervalSeconds must be >= 0, was " + intervalSeconds);
    }
    edges = edges == null ? List.of() : List.copyOf(edges);
    components = components == null ? List.of() : components.stream().map(List::copyOf).toList();
    accounts = accounts == null ? List.of() : List.copyOf(accounts);
  }
}
