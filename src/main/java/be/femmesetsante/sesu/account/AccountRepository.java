package be.femmesetsante.sesu.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

	/** E-mail addresses are compared without case, as the unique index does. */
	@Query("select a from Account a where lower(a.email) = lower(:email)")
	Optional<Account> findByEmail(String email);

	boolean existsByRole(Role role);

	@Query("select new be.femmesetsante.sesu.account.AccountName(a.id, a.displayName) from Account a"
			+ " where a.role = :role and a.enabled = true order by lower(a.displayName), a.id")
	List<AccountName> findNamesByRole(Role role);

	/** The enabled accounts of a role, by name: id, e-mail, name, organisation; never the password hash. */
	@Query("select a.id, a.email, a.displayName, a.organisationId from Account a"
			+ " where a.role = :role and a.enabled = true order by a.displayName asc, a.id")
	List<Object[]> findStaffWithoutPassword(Role role);
	List<Account> findByRoleAndEnabledTrueOrderByDisplayNameAsc(Role role);

	boolean existsByIdAndRoleAndEnabledTrue(Long id, Role role);

	@org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Account a set a.organisationId = :into where a.organisationId = :from")
	int moveMembers(Long from, Long into);

}
