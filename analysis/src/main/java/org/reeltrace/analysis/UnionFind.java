package org.reeltrace.analysis;

import java.util.Arrays;

/** Disjoint sets over 0..n-1 with path halving and union by size. */
final class UnionFind {
  private int[] parent;
  private int[] size;
  private int count;

  UnionFind(int capacity) {
    parent = new int[Math.max(capacity, 16)];
    size = new int[parent.length];
  }

  /** Adds one element and returns its index. */
  int add() {
    if (count == parent.length) {
      parent = Arrays.copyOf(parent, count * 2);
      size = Arrays.copyOf(size, count * 2);
    }
    parent[count] = count;
    size[count] = 1;
    return count++;
  }

  int size() {
    return count;
  }

  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** How many elements share x's set. */
  int setSize(int x) {
    return size[find(x)];
  }

  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return;
    }
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
  }
}
