<form>
  <input name="email" value="<?= htmlspecialchars($_POST['email'] ?? '', ENT_QUOTES) ?>">
  <p><?= $title ?></p>
  <?php echo $_GET['debug']; ?>
</form>
