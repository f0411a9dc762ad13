CREATE TABLE `posts` (
  `id` varchar(36) DEFAULT (uuid()) NOT NULL,
  `author_id` varchar(36) NOT NULL,
  `title` varchar(200) NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `posts_author_id_users_id_fk` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);
