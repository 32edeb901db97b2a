package be.femmesetsante.sesu.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A service requests can be redirected to; admins will manage the list (table seeded by V8). */
@Entity
@Table(name = "redirect_target")
class RedirectTarget {

	@Id
	private Long id;

	@Column(nullable = false, length = 300)
	private String name;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private boolean active;

	protected RedirectTarget() {
		// for JPA
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}
}
