class MaintenanceController < ApplicationController
  # aliases of harmless methods, and an alias the class redefines
  alias_method :say, :puts
  alias_method :shell, :system

  def shell(cmd)
    Rails.logger.info("refused: #{cmd}")
  end

  def backup
    say("backup of #{params[:db]} requested")
    shell("pg_dump #{params[:db]}")
    head :accepted
  end

  def safe_backup
    run = method(:system)
    run.call("pg_dump", "--", params[:db])
    head :accepted
  end
end
