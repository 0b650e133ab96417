class MaintenanceController < ApplicationController
  alias_method :shell, :system
  alias run_detached spawn

  def backup
    shell("pg_dump #{params[:db]} > /backups/#{params[:db]}.sql") # vigil:expect VGL-RUBY-CMDI-001
    head :accepted
  end

  def rotate
    run_detached("logrotate -f /etc/logrotate.d/#{params[:service]}") # vigil:expect VGL-RUBY-CMDI-001
    head :accepted
  end
end
