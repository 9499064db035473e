# 团队模式：多个工作台共用店铺的同一个PostgreSQL数据库。

error-team-unreachable = 无法连接团队的数据库（{ $detail }）。在数据库恢复之前，Giftdesk只显示最后读取到的内容，不会进行任何采购；请检查服务器以及这台电脑的网络。
team-bulk-not-shared = 批量导入暂时无法与团队共享：请在未加入团队的工作台上导入此文件，或逐行单独采购。
team-database-url-invalid = Giftdesk无法使用这个数据库地址（{ $detail }）。请按postgres://user:password@host:5432/database的格式填写。
team-config-damaged = 团队文件（team.json）已损坏（{ $detail }）。请运行“giftdesk team leave”，然后重新加入团队。
team-key-missing = 此工作台的密钥环中没有团队密钥。请向团队中的某个工作台索取加入码，退出团队（“giftdesk team leave”）后再重新加入。
team-join-code-invalid = 这个加入码不是Giftdesk生成的：加入码的格式类似3f9a1c0b7e-，后跟32个字母和数字。请从显示它的工作台上重新复制。
team-join-code-unknown = 这个加入码已被使用、已过期，或属于另一个团队。请向团队中的某个工作台索取新的加入码（“giftdesk team invite”）。
team-exists = 此数据库中已有一个团队（{ $team }）。请使用该团队某个工作台提供的加入码加入（“giftdesk team join”）。
team-already-in = 此工作台已加入一个团队（{ $team }）。请先退出该团队（“giftdesk team leave”）。
team-not-in-team = 此工作台未加入任何团队。你可以创建一个团队（“giftdesk team create”）或加入一个团队（“giftdesk team join”）。
cli-prompt-join-code = 加入码（显示在团队中的某个工作台上）：
cli-team-invite = 供下一个工作台使用的加入码，{ $minutes }分钟内有效，仅可使用一次：{ $code }
cli-team-left = 此工作台已退出团队：团队密钥已从这台电脑上移除，此工作台重新使用自己的数据。
cli-team-alone = 此工作台独立工作，使用自己的数据。
cli-team-status = 团队{ $team }，此工作台名为“{ $desk }”，数据库{ $database }。
cli-team-member = { $marker } { $name }（最后在线：{ $seen }）
team-backup-on-server = 此工作台的数据属于团队，保存在店铺的数据库中：请在其服务器上备份该数据库（pg_dump 或主机商的备份）。此处的备份文件只保存单个工作台自己的数据，不包含团队的数据。
