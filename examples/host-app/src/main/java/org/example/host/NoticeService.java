package org.example.host;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notices the home page shows, newest first. */
@Service
@Transactional(readOnly = true)
public class NoticeService {

    private final NoticeRepository notices;

    public NoticeService(NoticeRepository notices) {
        this.notices = notices;
    }

    public List<Notice> latest() {
        return notices.findAllByOrderByPostedOnDesc();
    }
}
