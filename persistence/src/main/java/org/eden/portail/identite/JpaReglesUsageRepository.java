package org.eden.portail.identite;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.DepotJpa;

import java.util.Optional;

@ApplicationScoped
public class JpaReglesUsageRepository extends DepotJpa implements ReglesUsageRepository {

    @Override
    public Optional<ReglesUsage> enVigueur() {
        return em.createQuery("select r from ReglesUsage r order by r.publieesLe desc, r.version desc", ReglesUsage.class)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public void enregistrer(AcceptationReglesUsage acceptation) {
        em.persist(acceptation);
    }

    @Override
    public long nombreAcceptations(Utilisateur utilisateur, String version) {
        return nombre("select count(a) from AcceptationReglesUsage a where a.utilisateur = :u and a.reglesVersion = :v",
                "u", utilisateur, "v", version);
    }
}
