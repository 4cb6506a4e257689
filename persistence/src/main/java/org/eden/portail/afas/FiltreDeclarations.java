package org.eden.portail.afas;

import java.io.Serializable;

/**
 * What the Caf's back office filters its declarations on (null: any). Whether a declaration is late
 * depends on the Caf's calendar, so it is filtered by the service, not here.
 */
public record FiltreDeclarations(Integer exercice, NatureDeclaration nature, StatutDeclaration statut, Long organismeId,
                                 TypeEquipement type) implements Serializable {

    public static final FiltreDeclarations TOUTES = new FiltreDeclarations(null, null, null, null, null);
}
