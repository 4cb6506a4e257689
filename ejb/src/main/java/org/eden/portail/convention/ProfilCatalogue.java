package org.eden.portail.convention;

import java.io.Serializable;

/** A profile or role of the service catalogue that a bulletin may grant, for the recording form. */
public record ProfilCatalogue(String service, String libelleService, String profil, String libelleProfil) implements Serializable {
}
