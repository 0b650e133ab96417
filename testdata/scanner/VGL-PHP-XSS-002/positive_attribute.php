<form>
  <input name="email" value="<?= $_POST['email'] ?>"><!-- vigil:expect VGL-PHP-XSS-002 -->
</form>
