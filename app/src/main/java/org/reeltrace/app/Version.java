package org.reeltrace.app;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code reeltrace --version}: the jar's implementation version, if any. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = ReelTrace.class.getPackage().getImplementationVersion();
    return new String[] {"reeltrace " + (v == null ? "development build" : v)};
  }
}
