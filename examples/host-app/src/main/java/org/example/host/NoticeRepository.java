package org.example.host;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The host's own repository, found by Spring Boot's JDBC repository auto-configuration beside the plugin's. */
public interface NoticeRepository extends Repository<Notice, Long> {

    List<Notice> findAllByOrderByPostedOnDesc();

    Notice save(Notice notice);
}
