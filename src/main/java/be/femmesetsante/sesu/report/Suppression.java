package be.femmesetsante.sesu.report;

import java.util.Arrays;

/**
 * Small-count suppression for partners: a count from 1 to 4 is shown as "&lt; 5", so that no
 * organisation or person can be recognised. Where the cells of a breakdown add up to a total that
 * is shown, other cells are masked too (complementary suppression), the smallest first, until no
 * masked cell can be worked out from the total and the cells left visible. If that cannot be
 * reached, the total is masked as well.
 */
final class Suppression {

	static final int THRESHOLD = 5;

	/** What to hide: the small cells, the complementary ones and perhaps the total. */
	record Masks(boolean[] small, boolean[] complementary, boolean total) {

		boolean hidden(int i) {
			return small[i] || complementary[i];
		}
	}

	private Suppression() {
	}

	static boolean isSmall(long value) {
		return value > 0 && value < THRESHOLD;
	}

	/** Nothing hidden (what staff see). */
	static Masks none(int cells) {
		return new Masks(new boolean[cells], new boolean[cells], false);
	}

	/**
	 * @param additive whether the cells add up to {@code total} (false for a breakdown where one case
	 *        may count in several cells, such as the kinds of support asked)
	 */
	static Masks of(long[] cells, long total, boolean additive) {
		int n = cells.length;
		boolean[] small = new boolean[n];
		boolean[] complementary = new boolean[n];
		if (isSmall(total)) {
			for (int i = 0; i < n; i++) {
				small[i] = cells[i] > 0;
			}
			return new Masks(small, complementary, true);
		}
		for (int i = 0; i < n; i++) {
			small[i] = isSmall(cells[i]);
		}
		if (!additive) {
			return new Masks(small, complementary, false);
		}
		while (anyHidden(small, complementary) && somePinned(cells, small, complementary)) {
			int next = smallestVisible(cells, small, complementary);
			if (next < 0) {
				return new Masks(small, complementary, true);
			}
			complementary[next] = true;
		}
		return new Masks(small, complementary, false);
	}

	private static boolean anyHidden(boolean[] small, boolean[] complementary) {
		for (int i = 0; i < small.length; i++) {
			if (small[i] || complementary[i]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether someone who knows the total (so the sum R of the hidden cells), that a small cell lies in
	 * 1..4 and a complementary one is 5 or more, can tell one hidden cell's exact value.
	 */
	static boolean somePinned(long[] cells, boolean[] small, boolean[] complementary) {
		long sum = 0;
		long lows = 0;
		long highs = 0;
		boolean unbounded = false;
		for (int i = 0; i < cells.length; i++) {
			if (small[i]) {
				sum += cells[i];
				lows += 1;
				highs += THRESHOLD - 1;
			}
			else if (complementary[i]) {
				sum += cells[i];
				lows += THRESHOLD;
				unbounded = true;
			}
		}
		for (int i = 0; i < cells.length; i++) {
			if (!small[i] && !complementary[i]) {
				continue;
			}
			long low = small[i] ? 1 : THRESHOLD;
			long high = small[i] ? THRESHOLD - 1 : Long.MAX_VALUE / 4;
			long othersLow = lows - low;
			long othersHigh = unbounded && !(complementary[i] && countComplementary(complementary) == 1) ? Long.MAX_VALUE / 4
					: highs - (small[i] ? high : 0);
			long min = Math.max(low, sum - othersHigh);
			long max = Math.min(high, sum - othersLow);
			if (min >= max) {
				return true;
			}
		}
		return false;
	}

	private static int countComplementary(boolean[] complementary) {
		int count = 0;
		for (boolean c : complementary) {
			count += c ? 1 : 0;
		}
		return count;
	}

	private static int smallestVisible(long[] cells, boolean[] small, boolean[] complementary) {
		Integer[] order = new Integer[cells.length];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, (a, b) -> Long.compare(cells[a], cells[b]));
		for (int i : order) {
			if (!small[i] && !complementary[i] && cells[i] > 0) {
				return i;
			}
		}
		return -1;
	}
}
