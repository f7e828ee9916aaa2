package org.cjengage.hosttest;

import org.springframework.data.repository.CrudRepository;

/** The host application's own repository. */
public interface HostNoteRepository extends CrudRepository<HostNote, Long> {
}
