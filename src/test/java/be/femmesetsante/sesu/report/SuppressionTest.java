package be.femmesetsante.sesu.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small-count suppression: counts 1 to 4 hidden, and, where cells add up to a shown total, enough
 * other cells hidden that no hidden cell can be worked out. The last test tries it the way someone
 * would attack it: every assignment of values consistent with what is shown, for many random tables.
 */
class SuppressionTest {

	@Test
	void countsFromOneToFourAreSmallZeroAndFiveAreNot() {
		assertThat(Suppression.isSmall(0)).isFalse();
		assertThat(Suppression.isSmall(1)).isTrue();
		assertThat(Suppression.isSmall(4)).isTrue();
		assertThat(Suppression.isSmall(5)).isFalse();
	}

	@Test
	void aLoneSmallCellTakesTheSmallestOtherCellWithIt() {
		Suppression.Masks masks = Suppression.of(new long[] { 3, 10, 20, 0 }, 33, true);
		assertThat(masks.small()).containsExactly(true, false, false, false);
		assertThat(masks.complementary()).containsExactly(false, true, false, false);
		assertThat(masks.total()).isFalse();
	}

	@Test
	void aComplementaryCellAtItsMinimumIsNotEnough() {
		// 1 and 5 hidden would add up to 6: only 1 + 5 fits, so 20 goes too.
		Suppression.Masks masks = Suppression.of(new long[] { 1, 5, 20 }, 26, true);
		assertThat(masks.complementary()).containsExactly(false, true, true);
	}

	@Test
	void aSmallTotalHidesItselfAndEveryCellButTheZeros() {
		Suppression.Masks masks = Suppression.of(new long[] { 3, 0 }, 3, true);
		assertThat(masks.total()).isTrue();
		assertThat(masks.small()).containsExactly(true, false);
	}

	@Test
	void cellsThatDoNotAddUpHideOnlyTheirSmallCounts() {
		Suppression.Masks masks = Suppression.of(new long[] { 3, 10, 20 }, 25, false);
		assertThat(masks.small()).containsExactly(true, false, false);
		assertThat(masks.complementary()).containsExactly(false, false, false);
	}

	@Test
	void noHiddenCellOfAnAdditiveTableCanBeWorkedOutFromTheTotalAndTheShownCells() {
		Random random = new Random(42);
		for (int run = 0; run < 3000; run++) {
			int n = 2 + random.nextInt(4);
			long[] cells = new long[n];
			long total = 0;
			for (int i = 0; i < n; i++) {
				cells[i] = random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(12);
				total += cells[i];
			}
			Suppression.Masks masks = Suppression.of(cells, total, true);
			if (masks.total()) {
				continue; // nothing to add up to
			}
			List<Integer> hidden = new ArrayList<>();
			long hiddenSum = 0;
			for (int i = 0; i < n; i++) {
				if (masks.hidden(i)) {
					hidden.add(i);
					hiddenSum += cells[i];
				}
			}
			if (hidden.isEmpty()) {
				continue;
			}
			// What the reader knows: a "< 5" cell is 1..4, a masked one 5 or more, and the hidden cells' sum.
			for (int target : hidden) {
				long[] range = range(hidden, masks, target, hiddenSum, cells.length);
				assertThat(range[0]).as("table %s: cell %d pinned", java.util.Arrays.toString(cells), target)
					.isLessThan(range[1]);
			}
		}
	}

	/** The smallest and largest value the target can take in some assignment consistent with what is shown. */
	private static long[] range(List<Integer> hidden, Suppression.Masks masks, int target, long sum, int n) {
		long lowOthers = 0;
		long highOthers = 0;
		boolean unbounded = false;
		for (int i : hidden) {
			if (i == target) {
				continue;
			}
			// A masked (complementary) cell is not "< 5" and zeros are shown: the reader knows it is 5 or more.
			lowOthers += masks.small()[i] ? 1 : 5;
			if (masks.small()[i]) {
				highOthers += 4;
			}
			else {
				unbounded = true;
			}
		}
		long low = masks.small()[target] ? 1 : 5;
		long high = masks.small()[target] ? 4 : Long.MAX_VALUE / 4;
		long min = Math.max(low, unbounded ? low : sum - highOthers);
		long max = Math.min(high, sum - lowOthers);
		return new long[] { min, max };
	}
}
