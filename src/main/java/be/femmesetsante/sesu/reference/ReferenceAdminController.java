package be.femmesetsante.sesu.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.femmesetsante.sesu.shared.NotFoundException;
import be.femmesetsante.sesu.shared.ReferenceEntry;
import be.femmesetsante.sesu.shared.ReferenceException;
import be.femmesetsante.sesu.shared.ReferenceList;

/**
 * Admins edit the reference lists: add an entry (its code is given once and never changes), change
 * its labels or place, retire it (no longer offered; it stays on what already uses it) or offer it
 * again. Refused input comes back on the same page with 422 and what was typed; an entry changed by
 * someone else meanwhile is not overwritten (its version).
 */
@Controller
@RequestMapping("/admin/reference")
class ReferenceAdminController {

	/** The lists in the order the index shows them; a list added later comes after. */
	private static final List<String> ORDER = List.of("sectors", "kinds", "activities", "redirects");

	private final List<ReferenceList> lists;

	ReferenceAdminController(List<ReferenceList> lists) {
		this.lists = lists.stream()
			.sorted(Comparator.comparingInt((ReferenceList l) -> ORDER.contains(l.name()) ? ORDER.indexOf(l.name())
					: ORDER.size()).thenComparing(ReferenceList::name))
			.toList();
	}

	record AddForm(
			@NotBlank(message = "{reference.error.code.invalid}")
			@Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{0,29}", message = "{reference.error.code.invalid}") String code,
			@NotBlank(message = "{reference.error.label.required}") String labelFr,
			@NotBlank(message = "{reference.error.label.required}") String labelEn) {

		static AddForm empty() {
			return new AddForm(null, null, null);
		}
	}

	record EditForm(
			@NotBlank(message = "{reference.error.label.required}") String labelFr,
			@NotBlank(message = "{reference.error.label.required}") String labelEn,
			@NotNull(message = "{reference.error.position}") @Min(value = 0, message = "{reference.error.position}")
			@Max(value = 100_000, message = "{reference.error.position}") Integer position,
			Boolean offered, Long version) {

		static EditForm of(ReferenceEntry entry) {
			return new EditForm(entry.labelFr(), entry.labelEn(), entry.position(), entry.offered(), entry.version());
		}
	}

	/** A list on the index: its name and how many entries are offered out of all. */
	record ListRow(String name, int offered, int total) {
	}

	@GetMapping
	String index(Model model) {
		model.addAttribute("lists", lists.stream()
			.map(l -> new ListRow(l.name(), l.offered().size(), l.entries().size()))
			.toList());
		return "admin/reference-index";
	}

	@GetMapping("/{list}")
	String list(@PathVariable String list, Model model) {
		model.addAttribute("addForm", AddForm.empty());
		return listPage(list(list), model);
	}

	@PostMapping("/{list}")
	String add(@PathVariable String list, @Valid @ModelAttribute("addForm") AddForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ReferenceList reference = list(list);
		if (!errors.hasErrors()) {
			try {
				ReferenceEntry added = reference.add(form.code(), form.labelFr(), form.labelEn());
				redirect.addFlashAttribute("flash", "reference.added");
				redirect.addFlashAttribute("changedCode", added.code());
				return "redirect:/admin/reference/" + reference.name();
			}
			catch (ReferenceException ex) {
				ex.rejectOn(errors, Map.of());
			}
		}
		response.setStatus(422);
		return listPage(reference, model);
	}

	@GetMapping("/{list}/{code}")
	String entry(@PathVariable String list, @PathVariable String code, Model model) {
		ReferenceList reference = list(list);
		ReferenceEntry entry = entry(reference, code);
		model.addAttribute("editForm", EditForm.of(entry));
		return entryPage(reference, entry, model);
	}

	@PostMapping("/{list}/{code}")
	String change(@PathVariable String list, @PathVariable String code, @Valid @ModelAttribute("editForm") EditForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ReferenceList reference = list(list);
		ReferenceEntry entry = entry(reference, code);
		if (!errors.hasErrors()) {
			try {
				reference.change(entry.code(), form.version() == null ? -1 : form.version(), form.labelFr(),
						form.labelEn(), form.position(), Boolean.TRUE.equals(form.offered()));
				redirect.addFlashAttribute("flash", "reference.changed");
				redirect.addFlashAttribute("changedCode", entry.code());
				return "redirect:/admin/reference/" + reference.name();
			}
			catch (ReferenceException ex) {
				ex.rejectOn(errors, Map.of());
				// Changed meanwhile: what is saved now, beside what this person typed.
				entry = entry(reference, code);
				model.addAttribute("savedMeanwhile", entry);
			}
		}
		response.setStatus(422);
		return entryPage(reference, entry, model);
	}

	private String listPage(ReferenceList reference, Model model) {
		reference.invalidate();
		model.addAttribute("list", reference.name());
		model.addAttribute("entries", reference.entries());
		return "admin/reference-list";
	}

	private static String entryPage(ReferenceList reference, ReferenceEntry entry, Model model) {
		model.addAttribute("list", reference.name());
		model.addAttribute("entry", entry);
		return "admin/reference-entry";
	}

	private ReferenceList list(String name) {
		return lists.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow(NotFoundException::new);
	}

	private static ReferenceEntry entry(ReferenceList reference, String code) {
		reference.invalidate();
		return reference.find(code).orElseThrow(NotFoundException::new);
	}
}
