package org.eden.portail.cdap;

import java.util.List;

/** One synthetic file with all its sections, as {@link GenerateurDossiers} makes it and the writers store it. */
public record DossierGenere(DossierAllocataire dossier, List<Personne> famille, List<Droit> droits,
                           List<Paiement> paiements, List<Courrier> courriers, List<Ressource> ressources,
                           List<Creance> creances, List<PeriodeRsa> periodesRsa) {
}
