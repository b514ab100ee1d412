package org.perfeval.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
    public List<UserAccount> usersIn(long organisationId) {
        return em.createQuery("select u from UserAccount u where u.organisation.id = :org order by u.username",
                UserAccount.class).setParameter("org", organisationId).getResultList();
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
    public boolean isEmpty() {
        return em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult() == 0;
    }
}
