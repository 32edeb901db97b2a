package be.femmesetsante.sesu.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The requester's answers; each question may be left out, but not all of them.
 */
public record EvaluationForm(
		@Min(1) @Max(4) Integer usefulness,
		@Pattern(regexp = "A_LOT|SOMEWHAT|NOT_YET|NOT_AT_ALL") String practiceChanged,
		@Pattern(regexp = "YES|MAYBE|NO") String wouldRecommend,
		@Size(max = 2000) String comment) {

	static EvaluationForm empty() {
		return new EvaluationForm(null, null, null, null);
	}

	boolean isEmpty() {
		return usefulness == null && (practiceChanged == null || practiceChanged.isBlank())
				&& (wouldRecommend == null || wouldRecommend.isBlank()) && (comment == null || comment.isBlank());
	}
}
