package org.eden.portail.cdap;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.DepotJpa;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMatriceCdapRepository extends DepotJpa implements MatriceCdapRepository {

    @Override
    public List<CelluleMatrice> cellules() {
        return lignes(CelluleMatrice.class, "select new org.eden.portail.cdap.CelluleMatrice(a.profil, a.section, a.acces)"
                + " from AccesSection a order by a.profil, a.section");
    }

    @Override
    public Optional<AccesSection> cellule(String profil, SectionDossier section) {
        return Optional.ofNullable(em.find(AccesSection.class, new AccesSection.Cle(profil, section)));
    }
}
