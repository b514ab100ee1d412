package org.perfeval.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDirectory implements Directory {

    @PersistenceContext(unitName = "perfeval")
    EntityManager em;

    @Override
    public Optional<UserAccount> user(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username));
    }

    @Override
    public Optional<Organisation> organisation(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> organisationNamed(String name) {
        return em.createQuery("select o from Organisation o where o.name = :name", Organisation.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public List<Organisation> organisations() {
        return em.createQuery("select o from Organisation o order by o.type, o.name", Organisation.class).getResultList();
    }

    @Override
    public List<Organisation> organisationsWithCode(String code) {
        return em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", code).getResultList();
    }

    @Override
    public Organisation addOrganisation(Organisation organisation) {
        em.persist(organisation);
        em.flush();
        return organisation;
    }

    @Override
    public UserAccount addUser(UserAccount user) {
        em.persist(user);
        return user;
    }

    @Override
    public List<UserAccount> users() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList();
    }

    @Override
    public List<UserAccount> usersIn(long organisationId) {
        return em.createQuery("select u from UserAccount u where u.organisation.id = :org order by u.username",
                UserAccount.class).setParameter("org", organisationId).getResultList();
    }

    @Override
    public List<UserAccount> lockActiveAdmins() {
        return em.createQuery("select u from UserAccount u where u.role = :role and u.active = true order by u.username",
                        UserAccount.class).setParameter("role", Role.ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public boolean conflicted(long agencyId, long departmentId) {
        Number n = (Number) em.createNativeQuery(
                        "select count(*) from pe_agency_conflict where agency_id = ?1 and department_id = ?2")
                .setParameter(1, agencyId).setParameter(2, departmentId).getSingleResult();
        return n.longValue() > 0;
    }

    @Override
    public void recordConflict(long agencyId, long departmentId, String reason) {
        em.createNativeQuery("insert into pe_agency_conflict (agency_id, department_id, reason) values (?1, ?2, ?3)")
                .setParameter(1, agencyId).setParameter(2, departmentId).setParameter(3, reason).executeUpdate();
    }

    @Override
    public List<Conflict> conflicts() {
        List<?> rows = em.createNativeQuery("select c.agency_id, a.name, c.department_id, d.name, c.reason"
                + " from pe_agency_conflict c join pe_organisation a on a.id = c.agency_id"
                + " join pe_organisation d on d.id = c.department_id order by a.name, d.name").getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Conflict(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue(), (String) r[3], (String) r[4])).toList();
    }

    @Override
    public boolean isEmpty() {
        return em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult() == 0;
    }
}
