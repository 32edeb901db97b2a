package be.femmesetsante.sesu.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

	/** E-mail addresses are compared without case, as the unique index does. */
	@Query("select a from Account a where lower(a.email) = lower(:email)")
	Optional<Account> findByEmail(String email);

	boolean existsByRole(Role role);

	List<Account> findByRoleAndEnabledTrueOrderByDisplayNameAsc(Role role);

}
