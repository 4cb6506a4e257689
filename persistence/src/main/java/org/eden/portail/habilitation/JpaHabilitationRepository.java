package org.eden.portail.habilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.eden.portail.convention.BulletinAdhesion;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.shared.ConditionsJpql;
import org.eden.portail.shared.DepotJpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaHabilitationRepository extends DepotJpa implements HabilitationRepository {

    @Override
    public Groupe enregistrer(Groupe groupe) {
        return persisterOuFusionner(groupe, groupe.getId());
    }

    @Override
    public Optional<Groupe> groupe(Long id) {
        return parId(Groupe.class, id);
    }

    @Override
    public Optional<Groupe> groupeVerrouille(Long id) {
        return parIdVerrouille(Groupe.class, id);
    }

    @Override
    public List<Groupe> groupesDe(Long organismeId) {
        List<Groupe> tous = lignes(Groupe.class, "select g from Groupe g where g.organisme.id = :o order by g.nom, g.id",
                "o", organismeId);
        // Depth-first, parents before children, siblings by name: the order a tree is read in.
        List<Groupe> ordonnes = new ArrayList<>();
        ajouterEnfants(null, tous, ordonnes);
        return ordonnes;
    }

    private static void ajouterEnfants(Groupe parent, List<Groupe> tous, List<Groupe> ordonnes) {
        tous.stream()
                .filter(g -> parent == null ? g.getParent() == null : parent.equals(g.getParent()))
                .sorted(Comparator.comparing(Groupe::getNom, String.CASE_INSENSITIVE_ORDER))
                .forEach(g -> {
                    ordonnes.add(g);
                    ajouterEnfants(g, tous, ordonnes);
                });
    }

    @Override
    public Rattachement enregistrer(Rattachement rattachement) {
        return persister(rattachement);
    }

    @Override
    public Optional<Rattachement> rattachement(Long groupeId, Long utilisateurId) {
        return premiere(Rattachement.class, "select r from Rattachement r where r.groupe.id = :g and r.utilisateur.id = :u",
                "g", groupeId, "u", utilisateurId);
    }

    @Override
    public void supprimer(Rattachement rattachement) {
        em.remove(rattachement);
    }

    @Override
    public List<Rattachement> rattachementsDuGroupe(Long groupeId) {
        return lignes(Rattachement.class,
                "select r from Rattachement r where r.groupe.id = :g order by r.utilisateur.nom, r.utilisateur.prenom",
                "g", groupeId);
    }

    @Override
    public List<Rattachement> rattachementsDe(Long utilisateurId) {
        return lignes(Rattachement.class, "select r from Rattachement r where r.utilisateur.id = :u order by r.groupe.nom",
                "u", utilisateurId);
    }

    @Override
    public ResponsableHabilitations enregistrer(ResponsableHabilitations responsable) {
        return persister(responsable);
    }

    @Override
    public Optional<ResponsableHabilitations> responsable(Long groupeId, Long utilisateurId) {
        return premiere(ResponsableHabilitations.class,
                "select r from ResponsableHabilitations r where r.groupe.id = :g and r.utilisateur.id = :u",
                "g", groupeId, "u", utilisateurId);
    }

    @Override
    public void supprimer(ResponsableHabilitations responsable) {
        em.remove(responsable);
    }

    @Override
    public List<ResponsableHabilitations> responsabilitesDe(Long utilisateurId) {
        return lignes(ResponsableHabilitations.class, "select r from ResponsableHabilitations r where r.utilisateur.id = :u",
                "u", utilisateurId);
    }

    @Override
    public List<ResponsableHabilitations> responsablesDe(Long organismeId) {
        return lignes(ResponsableHabilitations.class, "select r from ResponsableHabilitations r where r.groupe.organisme.id = :o",
                "o", organismeId);
    }

    @Override
    public Habilitation enregistrer(Habilitation habilitation) {
        return persisterOuFusionner(habilitation, habilitation.getId());
    }

    @Override
    public Optional<Habilitation> habilitation(Long id) {
        return parId(Habilitation.class, id);
    }

    @Override
    public List<Habilitation> habilitationsEnVigueur(Long utilisateurId) {
        return lignes(Habilitation.class,
                "select h from Habilitation h where h.utilisateur.id = :u and h.statut <> :devalidee"
                        + " order by h.service, h.profil",
                "u", utilisateurId, "devalidee", StatutHabilitation.DEVALIDEE);
    }

    @Override
    public List<Habilitation> historiqueDe(Long utilisateurId) {
        return lignes(Habilitation.class,
                "select h from Habilitation h where h.utilisateur.id = :u order by h.valideDepuis desc, h.id desc",
                "u", utilisateurId);
    }

    @Override
    public List<Habilitation> habilitationsEnVigueurDeLOrganisme(Long organismeId) {
        return lignes(Habilitation.class, "select h from Habilitation h where h.organismeId = :o and h.statut <> :devalidee",
                "o", organismeId, "devalidee", StatutHabilitation.DEVALIDEE);
    }

    @Override
    public List<Habilitation> habilitationsEnVigueurDeLaConvention(Long conventionId) {
        return lignes(Habilitation.class, "select h from Habilitation h where h.convention.id = :c and h.statut <> :devalidee",
                "c", conventionId, "devalidee", StatutHabilitation.DEVALIDEE);
    }

    @Override
    public void verrouillerBulletin(Long conventionId, String codeService) {
        // A query (not find) so the row is read again from the database under the lock.
        requete(BulletinAdhesion.class, "select b from BulletinAdhesion b where b.convention.id = :c and b.service.code = :s",
                "c", conventionId, "s", codeService).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public long titulaires(Long conventionId, String codeService, String profil) {
        return nombre("select count(h) from Habilitation h where h.convention.id = :c and h.service = :s"
                + " and h.profil = :p and h.statut <> :devalidee",
                "c", conventionId, "s", codeService, "p", profil, "devalidee", StatutHabilitation.DEVALIDEE);
    }

    @Override
    public List<Habilitation> devalideesAvant(Instant limite) {
        return lignes(Habilitation.class, "select h from Habilitation h where h.statut = :devalidee and h.devalideeLe < :limite",
                "devalidee", StatutHabilitation.DEVALIDEE, "limite", limite);
    }

    @Override
    public long supprimerDevalideesAvant(Instant limite) {
        // Their decisions first (they point to them), both deletes with the same clause and values.
        String perimees = "Habilitation h where h.statut = :devalidee and h.devalideeLe < :limite";
        Object[] parametres = {"devalidee", StatutHabilitation.DEVALIDEE, "limite", limite};
        executer("delete from DecisionHabilitation d where d.habilitation.id in (select h.id from " + perimees + ")", parametres);
        return executer("delete from " + perimees, parametres);
    }

    @Override
    public Optional<DelegationHabilitations> delegation(Long organismeId) {
        return Optional.ofNullable(em.find(DelegationHabilitations.class, organismeId));
    }

    @Override
    public DelegationHabilitations enregistrer(DelegationHabilitations delegation) {
        if (em.find(DelegationHabilitations.class, delegation.getOrganismeId()) == null) {
            return persister(delegation);
        }
        return em.merge(delegation);
    }

    @Override
    public SuspensionCompte enregistrer(SuspensionCompte suspension) {
        return persisterOuFusionner(suspension, suspension.getId());
    }

    @Override
    public Optional<SuspensionCompte> suspensionEnCours(Long utilisateurId) {
        return premiere(SuspensionCompte.class,
                "select s from SuspensionCompte s where s.utilisateur.id = :u and s.reactiveLe is null"
                        + " order by s.suspenduLe desc",
                "u", utilisateurId);
    }

    @Override
    public List<Utilisateur> utilisateurs(FiltreUtilisateurs filtre, int premier, int nombre) {
        FiltreUtilisateurs.TriUtilisateurs tri = filtre.tri() == null ? FiltreUtilisateurs.TriUtilisateurs.NOM : filtre.tri();
        String sens = filtre.croissant() ? " asc" : " desc";
        return page(conditions(filtre).requete(em, "select u from Utilisateur u",
                " order by " + tri.chemin() + sens + ", u.identifiant" + sens, Utilisateur.class), premier, nombre).getResultList();
    }

    @Override
    public long compterUtilisateurs(FiltreUtilisateurs filtre) {
        return conditions(filtre).requete(em, "select count(u) from Utilisateur u", "", Long.class).getSingleResult();
    }

    private static ConditionsJpql conditions(FiltreUtilisateurs f) {
        ConditionsJpql conditions = new ConditionsJpql().et("u.organisme.id = :o", "o", f.organismeId())
                .siDonne("(lower(u.nom) like :nom or lower(u.prenom) like :nom)", "nom",
                        f.nom() == null ? null : "%" + f.nom().trim().toLowerCase(Locale.ROOT) + "%")
                .siDonne("upper(u.identifiant) like :identifiant", "identifiant",
                        f.identifiant() == null ? null : "%" + f.identifiant().trim().toUpperCase(Locale.ROOT) + "%")
                .siDonne("u.statut = :statut", "statut", f.statut())
                .siDonne("exists (select r from Rattachement r where r.utilisateur = u and r.groupe.id = :groupe)", "groupe", f.groupeId());
        if (f.service() != null && f.profil() != null) {
            conditions.et("exists (select h from Habilitation h where h.utilisateur = u and h.statut <> :devalidee"
                            + " and h.service = :service and h.profil = :profil)")
                    .parametre("devalidee", StatutHabilitation.DEVALIDEE)
                    .parametre("service", f.service()).parametre("profil", f.profil());
        }
        if (f.groupesCouverts() != null && f.groupesCouverts().isEmpty()) {
            conditions.et("not exists (select r1 from Rattachement r1 where r1.utilisateur = u)");
        } else if (f.groupesCouverts() != null) {
            conditions.et("(not exists (select r1 from Rattachement r1 where r1.utilisateur = u)"
                    + " or exists (select r2 from Rattachement r2 where r2.utilisateur = u and r2.groupe.id in :couverts))",
                    "couverts", List.copyOf(f.groupesCouverts()));
        }
        if (f.exclus() != null && !f.exclus().isEmpty()) {
            conditions.et("upper(u.identifiant) not in :exclus", "exclus",
                    f.exclus().stream().map(i -> i.toUpperCase(Locale.ROOT)).toList());
        }
        return conditions;
    }

    @Override
    public List<Rattachement> rattachementsDe(Collection<Long> utilisateurIds) {
        if (utilisateurIds.isEmpty()) {
            return List.of();
        }
        return lignes(Rattachement.class, "select r from Rattachement r join fetch r.groupe where r.utilisateur.id in :u",
                "u", List.copyOf(utilisateurIds));
    }

    @Override
    public List<Habilitation> habilitationsEnVigueur(Collection<Long> utilisateurIds) {
        if (utilisateurIds.isEmpty()) {
            return List.of();
        }
        return lignes(Habilitation.class,
                "select h from Habilitation h where h.utilisateur.id in :u and h.statut <> :devalidee"
                        + " order by h.service, h.profil",
                "u", List.copyOf(utilisateurIds), "devalidee", StatutHabilitation.DEVALIDEE);
    }
}
