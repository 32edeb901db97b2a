package be.femmesetsante.sesu.messaging;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageRepository extends JpaRepository<Message, Long> {

	@Query("select new be.femmesetsante.sesu.messaging.MessageView(m.id, m.authorAccountId, m.authorDisplayName,"
			+ " m.fromTeam, m.body, m.postedAt) from Message m where m.requestId = :requestId"
			+ " order by m.postedAt, m.id")
	List<MessageView> findViews(long requestId);
}
