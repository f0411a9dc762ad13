package dev.storium.internal.sql;

import dev.storium.config.Dialect;
import java.util.List;

class MysqlRendererTest extends DialectSuite {

    @Override
    Dialect dialect() {
        return Dialect.MYSQL;
    }

    @Override
    List<String> golden() {
        return List.of("""
                CREATE TABLE `users` (
                  `id` varchar(36) DEFAULT (uuid()) NOT NULL,
                  `email` varchar(255) NOT NULL,
                  `name` varchar(100),
                  `code` varchar(10),
                  `age` int DEFAULT 0,
                  PRIMARY KEY (`id`)
                )
                --> statement-breakpoint
                CREATE TABLE `posts` (
                  `id` int NOT NULL AUTO_INCREMENT,
                  `author_id` varchar(36) NOT NULL,
                  `title` text DEFAULT ('untitled') NOT NULL,
                  `status` varchar(20) DEFAULT 'draft',
                  PRIMARY KEY (`id`),
                  CONSTRAINT `posts_author_id_fk` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
                )
                --> statement-breakpoint
                CREATE TABLE `memberships` (
                  `user_id` varchar(36) NOT NULL,
                  `group_id` int NOT NULL,
                  PRIMARY KEY (`user_id`)
                )
                --> statement-breakpoint
                CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`)
                --> statement-breakpoint
                CREATE INDEX `posts_author_id_idx` ON `posts` (`author_id`)
                """, """
                ALTER TABLE `users` ADD COLUMN `bio` text
                --> statement-breakpoint
                ALTER TABLE `users` ADD COLUMN `active` boolean DEFAULT TRUE NOT NULL
                --> statement-breakpoint
                ALTER TABLE `users` ADD COLUMN `joined` date DEFAULT (CURRENT_DATE)
                --> statement-breakpoint
                ALTER TABLE `users` ADD COLUMN `settings` json DEFAULT ('{}')
                --> statement-breakpoint
                ALTER TABLE `users` ADD COLUMN `tags` json
                --> statement-breakpoint
                ALTER TABLE `posts` ADD COLUMN `score` decimal(10, 2) DEFAULT 1.5
                --> statement-breakpoint
                ALTER TABLE `posts` ADD COLUMN `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL
                """, """
                ALTER TABLE `users` MODIFY COLUMN `name` varchar(200) DEFAULT 'anon' NOT NULL
                --> statement-breakpoint
                ALTER TABLE `users` MODIFY COLUMN `code` int
                --> statement-breakpoint
                ALTER TABLE `users` MODIFY COLUMN `age` bigint
                --> statement-breakpoint
                ALTER TABLE `posts` ALTER COLUMN `title` DROP DEFAULT
                --> statement-breakpoint
                ALTER TABLE `posts` MODIFY COLUMN `status` varchar(20) DEFAULT 'draft' NOT NULL
                """, """
                RENAME TABLE `posts` TO `articles`
                --> statement-breakpoint
                ALTER TABLE `users` RENAME COLUMN `name` TO `full_name`
                --> statement-breakpoint
                ALTER TABLE `memberships` RENAME COLUMN `group_id` TO `team_id`
                --> statement-breakpoint
                ALTER TABLE `memberships` DROP PRIMARY KEY, ADD PRIMARY KEY (`user_id`, `team_id`)
                """, """
                ALTER TABLE `articles` DROP FOREIGN KEY `posts_author_id_fk`
                --> statement-breakpoint
                DROP INDEX `posts_author_id_idx` ON `articles`
                --> statement-breakpoint
                CREATE INDEX `articles_author_status_idx` ON `articles` (`author_id`, `status`)
                --> statement-breakpoint
                CREATE UNIQUE INDEX `users_code_age_unique` ON `users` (`code`, `age`)
                --> statement-breakpoint
                ALTER TABLE `articles` ADD CONSTRAINT `articles_author_id_fk` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
                --> statement-breakpoint
                ALTER TABLE `memberships` ADD CONSTRAINT `memberships_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
                """, """
                ALTER TABLE `memberships` DROP FOREIGN KEY `memberships_user_id_fk`
                --> statement-breakpoint
                DROP INDEX `users_email_unique` ON `users`
                --> statement-breakpoint
                ALTER TABLE `articles` MODIFY COLUMN `id` int NOT NULL
                --> statement-breakpoint
                ALTER TABLE `users` DROP COLUMN `bio`
                --> statement-breakpoint
                ALTER TABLE `users` DROP COLUMN `email`
                --> statement-breakpoint
                DROP TABLE `memberships`
                """, """
                ALTER TABLE `articles` MODIFY COLUMN `id` int NOT NULL AUTO_INCREMENT
                """);
    }
}
