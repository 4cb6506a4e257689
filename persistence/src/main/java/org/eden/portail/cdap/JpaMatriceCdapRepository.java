package org.eden.portail.cdap;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.DepotJpa;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMatriceCdapRepository extends DepotJpa implements MatriceCdapRepository {

    @Override
    public List<AccesSection> toutes() {
        return lignes(AccesSection.class, "select a from AccesSection a order by a.profil, a.section");
    }

    @Override
    public Optional<AccesSection> cellule(String profil, SectionDossier section) {
        return Optional.ofNullable(em.find(AccesSection.class, new AccesSection.Cle(profil, section)));
    }
}
