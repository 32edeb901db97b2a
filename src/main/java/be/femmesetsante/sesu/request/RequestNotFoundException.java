package be.femmesetsante.sesu.request;

import be.femmesetsante.sesu.shared.NotFoundException;

/**
 * No such request for this person: it does not exist or they may not see it. Both read the same,
 * so nobody learns that another organisation's request exists; the web layer answers 404.
 */
public class RequestNotFoundException extends NotFoundException {
}
