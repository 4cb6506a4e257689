package org.eden.portail.afas;

import java.io.Serializable;
import java.math.BigDecimal;

/** R-AFAS-1: what the Caf records of a new équipement. */
public record NouvelEquipement(String nom, TypeEquipement type, String adresse, String codePostal, String commune,
                               String numeroDossier, int placesAgreees, BigDecimal heuresOuvertureJour) implements Serializable {
}
