package be.femmesetsante.sesu.support;

import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Seeded generated inputs for {@code @ParameterizedTest}s (in place of jqwik). The seed is fixed, so
 * every run tries the same cases, and printed in each case's name ({@code seed=…, case=…}), so a
 * failure says how to run it again; {@code -Dsesu.seed=<n>} tries other cases.
 */
public final class Generated {

	/** The suite's seed: {@code -Dsesu.seed}, or a fixed one. */
	public static final long SEED = Long.getLong("sesu.seed", 20_261_127L);

	/** How many cases each generated source gives. */
	public static final int CASES = Integer.getInteger("sesu.cases", 200);

	/** Characters that break things: NUL and other controls, RTL and zero-width marks, emoji, CJK, a lone surrogate. */
	private static final String[] HOSTILE_PIECES = { "\u0000", "\u0001", "\u001B", "\u007F", "\t", "\r\n", "\u200F",
			"\u202E", "\u200B", "\uFEFF", "\u00A0", "🌈", "👩🏽‍⚕️", "中文", "é", "\uD800", "<", ">", "&", "\"", "'", "\\",
			"%", "_", ";", "--", "${", "#{", "*{" };

	private Generated() {
	}

	/** A case's label, shown as the first argument of the test's name. */
	public record Seed(long seed, int index) {

		@Override
		public String toString() {
			return "seed=" + seed + ", case=" + index + " (rerun: -Dsesu.seed=" + seed + ")";
		}

	}

	/** {@link #CASES} cases, each a {@link Seed} label then what {@code generator} makes from its own random. */
	public static Stream<Arguments> cases(String name, Function<Random, Object[]> generator) {
		return IntStream.range(0, CASES).mapToObj(index -> {
			Random random = new Random(SEED * 31 + name.hashCode() * 17L + index);
			Object[] values = generator.apply(random);
			Object[] all = new Object[values.length + 1];
			all[0] = new Seed(SEED, index);
			System.arraycopy(values, 0, all, 1, values.length);
			return Arguments.of(all);
		});
	}

	/** Any text up to {@code maxLength} chars: plain letters, any char at all, and the hostile pieces above. */
	public static String anyString(Random random, int maxLength) {
		int length = random.nextInt(maxLength + 1);
		StringBuilder text = new StringBuilder();
		while (text.length() < length) {
			switch (random.nextInt(4)) {
				case 0 -> text.append((char) ('a' + random.nextInt(26)));
				case 1 -> text.append((char) random.nextInt(Character.MAX_VALUE + 1));
				case 2 -> text.append(HOSTILE_PIECES[random.nextInt(HOSTILE_PIECES.length)]);
				default -> text.append(random.nextBoolean() ? ' ' : (char) ('0' + random.nextInt(10)));
			}
		}
		return text.length() > length ? text.substring(0, length) : text.toString();
	}

	/** Any text, or null one time in ten. */
	public static String anyStringOrNull(Random random, int maxLength) {
		return random.nextInt(10) == 0 ? null : anyString(random, maxLength);
	}

	/** Digits only, of exactly this length. */
	public static String digits(Random random, int length) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < length; i++) {
			digits.append((char) ('0' + random.nextInt(10)));
		}
		return digits.toString();
	}

}
