package org.eden.portail.cdap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.trace.ActionTracee;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R-CDAP-7: the profile × section matrix, read and changed by a Caf administrator (permission
 * {@code cdap:matrice:modifier}). Every change is traced with the cell's old and new value; the
 * consultations read the matrix at each call, so a change applies at the next click.
 */
@Stateless
public class MatriceCdapService {

    @Inject
    MatriceCdapRepository matrices;

    @Inject
    Clock horloge;

    @ActionTracee(value = "CONSULTATION_MATRICE_CDAP", cible = "MATRICE_CDAP")
    public List<LigneMatrice> matrice() {
        SecurityUtils.getSubject().checkPermission(PermissionsCdap.CDAP_MATRICE_MODIFIER);
        Map<String, EnumMap<SectionDossier, Acces>> lignes = new LinkedHashMap<>();
        for (CelluleMatrice a : matrices.cellules()) {
            lignes.computeIfAbsent(a.profil(), p -> new EnumMap<>(SectionDossier.class)).put(a.section(), a.acces());
        }
        List<LigneMatrice> resultat = new ArrayList<>();
        lignes.entrySet().stream()
                .sorted((a, b) -> Integer.compare(rang(a.getKey()), rang(b.getKey())))
                .forEach(e -> resultat.add(new LigneMatrice(e.getKey(), e.getValue())));
        return resultat;
    }

    @ActionTracee(value = "MODIFICATION_MATRICE_CDAP", cible = "PROFIL_CDAP")
    public ModificationMatrice modifier(String profil, SectionDossier section, Acces acces) {
        SecurityUtils.getSubject().checkPermission(PermissionsCdap.CDAP_MATRICE_MODIFIER);
        AccesSection cellule = matrices.cellule(profil, section)
                .orElseThrow(() -> new RegleMetierException("R-CDAP-7", "Profil CDAP inconnu : " + profil + "."));
        Acces avant = cellule.getAcces();
        cellule.modifier(acces, String.valueOf(SecurityUtils.getSubject().getPrincipal()), horloge.instant());
        return new ModificationMatrice(profil, section, avant, acces);
    }

    /** T1, T2, T4, T5, T18, T19: catalogue order, not alphabetical. */
    private static int rang(String profil) {
        return Integer.parseInt(profil.substring(1));
    }
}
